/* The search page (cari/index.html). It reads ?q=, loads only the index shards a query needs, as <script> files
   (browsers run those from file://, where they refuse fetch()), and shows the results with DOM text nodes only:
   neither the query nor an article's text is ever parsed as HTML. The index is made at build time by Warta's
   id.warta.search package; see there for what each shard holds. */
(function () {
  "use strict";

  var INDEX = "indeks/";
  var PAGE_SIZE = 10;
  /** Forms a typed prefix may stand for, at most: each may cost one more postings shard. */
  var COMPLETIONS = 3;

  var store = Object.create(null);
  var waiting = Object.create(null);

  /* Every shard is a script calling this with its kind, its key and its data. */
  window.WartaSearch = {
    load: function (kind, key, data) {
      var id = kind + "/" + key;
      store[id] = data;
      var callbacks = waiting[id];
      delete waiting[id];
      (callbacks || []).forEach(function (c) { c.resolve(data); });
    },
    stem: stem,
    words: words
  };

  function part(kind, key, file) {
    var id = kind + "/" + key;
    if (id in store) {
      return Promise.resolve(store[id]);
    }
    return new Promise(function (resolve, reject) {
      if (waiting[id]) {
        waiting[id].push({ resolve: resolve, reject: reject });
        return;
      }
      waiting[id] = [{ resolve: resolve, reject: reject }];
      var script = document.createElement("script");
      script.src = INDEX + file;
      script.onerror = function () {
        var callbacks = waiting[id];
        delete waiting[id];
        (callbacks || []).forEach(function (c) { c.reject(new Error(file)); });
      };
      document.head.appendChild(script);
    });
  }

  /* --- words and stems, as the build's Lucene analysis makes them ------------------------------------------- */

  /* Letters and digits as Unicode word breaks (Lucene's standard tokeniser) join them: across an apostrophe, a full
     stop, a colon or a soft hyphen inside a word, and a comma or semicolon inside a number. */
  var WORD = /[\p{L}\p{N}\p{M}_]+(?:(?:['\u2019.:\u00ad]|(?<=\p{N})[,;](?=\p{N}))[\p{L}\p{N}\p{M}_]+)*/gu;

  function words(text) {
    return text.toLowerCase().match(WORD) || [];
  }

  function isVowel(c) {
    return c === "a" || c === "e" || c === "i" || c === "o" || c === "u";
  }

  var KE = 1, PENG = 2, DI = 4, MENG = 8, TER = 16, BER = 32, PE = 64;

  /* Tala's stemmer for Indonesian with Lucene's IndonesianStemmer's rules and order (derivational stemming on):
     particles, possessives, then a first-order prefix, a suffix and a second-order prefix, each only while the
     word keeps more than two vowels. The build's tests check it against Lucene word for word. */
  function stem(word) {
    var w = word;
    var flags = 0;
    var syllables = 0;
    for (var i = 0; i < w.length; i++) {
      if (isVowel(w[i])) {
        syllables++;
      }
    }
    function starts(s) { return w.lastIndexOf(s, 0) === 0; }
    function ends(s) { return w.length >= s.length && w.slice(w.length - s.length) === s; }
    function dropEnd(n) { w = w.slice(0, w.length - n); syllables--; }
    function dropStart(n, flag, put) { w = (put || "") + w.slice(n); syllables--; flags |= flag; }

    if (syllables > 2 && (ends("kah") || ends("lah") || ends("pun"))) {
      dropEnd(3);
    }
    if (syllables > 2) {
      if (ends("ku") || ends("mu")) {
        dropEnd(2);
      } else if (ends("nya")) {
        dropEnd(3);
      }
    }
    if (syllables > 2 && firstOrderPrefix()) {
      if (syllables > 2 && suffix() && syllables > 2) {
        secondOrderPrefix();
      }
    } else {
      if (syllables > 2) {
        secondOrderPrefix();
      }
      if (syllables > 2) {
        suffix();
      }
    }
    return w;

    function firstOrderPrefix() {
      if (starts("meng")) { dropStart(4, MENG); }
      else if (starts("meny") && isVowel(w[4])) { dropStart(4, MENG, "s"); }
      else if (starts("men") || starts("mem")) { dropStart(3, MENG); }
      else if (starts("me")) { dropStart(2, MENG); }
      else if (starts("peng")) { dropStart(4, PENG); }
      else if (starts("peny") && isVowel(w[4])) { dropStart(4, PENG, "s"); }
      else if (starts("peny")) { dropStart(4, PENG); }
      else if (starts("pen") && isVowel(w[3])) { dropStart(3, PENG, "t"); }
      else if (starts("pen") || starts("pem")) { dropStart(3, PENG); }
      else if (starts("di")) { dropStart(2, DI); }
      else if (starts("ter")) { dropStart(3, TER); }
      else if (starts("ke")) { dropStart(2, KE); }
      else { return false; }
      return true;
    }

    function secondOrderPrefix() {
      if (starts("ber")) { dropStart(3, BER); }
      else if (w === "belajar") { dropStart(3, BER); }
      else if (starts("be") && w.length > 4 && !isVowel(w[2]) && w[3] === "e" && w[4] === "r") { dropStart(2, BER); }
      else if (starts("per") || w === "pelajar") { dropStart(3, 0); }
      else if (starts("pe")) { dropStart(2, PE); }
    }

    function suffix() {
      if (ends("kan") && !(flags & (KE | PENG | PE))) { dropEnd(3); }
      else if (ends("an") && !(flags & (DI | MENG | TER))) { dropEnd(2); }
      else if (ends("i") && !ends("si") && !(flags & (BER | KE | PENG))) { dropEnd(1); }
      else { return false; }
      return true;
    }
  }

  /* --- the index ---------------------------------------------------------------------------------------------- */

  var manifest = null;
  var formKeys = Object.create(null);

  function formShard(word) {
    for (var n = Math.min(word.length, 6); n >= 1; n--) {
      if (formKeys[word.slice(0, n)]) {
        return word.slice(0, n);
      }
    }
    return /^[a-z0-9]/.test(word) || !formKeys._ ? null : "_";
  }

  function forms(word) {
    var key = formShard(word);
    return key === null ? Promise.resolve(null) : part("forms", key, "k-" + key + ".js");
  }

  /* The stems a query word stands for: its own (from the archive's map, else from the stemmer, for a form the
     archive does not use), and for the word still being typed, those of the most used forms it begins; null for a
     stop word, which the map marks with 0. */
  function stemsOf(word, typing) {
    return forms(word).then(function (shard) {
      var entry = shard && shard[word];
      if (entry === 0) {
        return null;
      }
      var own = entry ? entry[0] || word : stem(word);
      var stems = [own];
      if (typing && !entry && word.length >= 3 && shard) {
        var found = Object.keys(shard).filter(function (f) {
          return f.length > word.length && f.lastIndexOf(word, 0) === 0;
        });
        found.sort(function (a, b) { return shard[b][1] - shard[a][1] || (a < b ? -1 : 1); });
        found.slice(0, COMPLETIONS).forEach(function (f) {
          var s = shard[f][0] || f;
          if (stems.indexOf(s) < 0) {
            stems.push(s);
          }
        });
      }
      return stems;
    });
  }

  function hash(key) {
    var h = 0x811c9dc5;
    for (var i = 0; i < key.length; i++) {
      h ^= key.charCodeAt(i);
      h = Math.imul(h, 16777619);
    }
    return (h >>> 0) % manifest.postingShards;
  }

  function postings(key) {
    var shard = hash(key);
    return part("postings", String(shard), "p-" + shard + ".js").then(function (data) {
      return data[key] || null;
    });
  }

  function card(doc) {
    var block = Math.floor(doc / manifest.cardBlock);
    return part("cards", String(block), "m-" + block + ".js").then(function (data) {
      return data[doc % manifest.cardBlock];
    });
  }

  /* Documents with every word, by summed BM25, then newest first (document numbers go newest first). The word
     still being typed is left out while nothing in the archive starts with it. */
  function rank(lists, typing) {
    var found = new Map();
    var needed = 0;
    var missing = false;
    lists.forEach(function (group, index) {
      var best = new Map();
      group.forEach(function (list) {
        if (!list) {
          return;
        }
        var doc = 0;
        for (var i = 0; i < list.length; i += 2) {
          doc += list[i];
          if (!(best.get(doc) >= list[i + 1])) {
            best.set(doc, list[i + 1]);
          }
        }
      });
      if (best.size === 0) {
        missing = missing || !(typing && index === lists.length - 1);
        return;
      }
      needed++;
      best.forEach(function (score, doc) {
        var known = found.get(doc);
        if (known) {
          known.words++;
          known.score += score;
        } else {
          found.set(doc, { doc: doc, words: 1, score: score });
        }
      });
    });
    if (missing) {
      return [];
    }
    var results = Array.from(found.values()).filter(function (r) { return r.words === needed; });
    results.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
    return results;
  }

  function filterDocs(key) {
    return postings(key).then(function (gaps) {
      var docs = new Set();
      var doc = 0;
      (gaps || []).forEach(function (gap) { doc += gap; docs.add(doc); });
      return docs;
    });
  }

  function inYear(doc, year) {
    return manifest.years.some(function (run) { return run[0] === year && doc >= run[1] && doc < run[2]; });
  }

  /* --- the page ----------------------------------------------------------------------------------------------- */

  var form = document.getElementById("cari-form");
  var input = document.getElementById("cari-q");
  var status = document.getElementById("cari-status");
  var list = document.getElementById("cari-hasil");
  var more = document.getElementById("cari-lagi");
  var filters = {
    topik: document.getElementById("cari-topik"),
    sumber: document.getElementById("cari-sumber"),
    tahun: document.getElementById("cari-tahun")
  };
  var current = { results: [], shown: 0, stems: [], prefix: null };
  var generation = 0;
  var number = new Intl.NumberFormat("id-ID");

  function option(select, value, label) {
    var o = document.createElement("option");
    o.value = value;
    o.textContent = label;
    select.appendChild(o);
  }

  function fillFilters(params) {
    manifest.tags.forEach(function (t) { option(filters.topik, t[0], t[0] + " (" + number.format(t[1]) + ")"); });
    manifest.sources.forEach(function (s) { option(filters.sumber, s[0], s[0] + " (" + number.format(s[1]) + ")"); });
    var years = [];
    manifest.years.forEach(function (run) {
      if (years.indexOf(run[0]) < 0) {
        years.push(run[0]);
      }
    });
    years.sort(function (a, b) { return b - a; }).forEach(function (y) { option(filters.tahun, String(y), String(y)); });
    Object.keys(filters).forEach(function (name) {
      var wanted = params.get(name);
      if (wanted !== null && Array.prototype.some.call(filters[name].options, function (o) { return o.value === wanted; })) {
        filters[name].value = wanted;
      }
      filters[name].addEventListener("change", function () { search(true); });
    });
    document.getElementById("cari-saring").hidden = false;
  }

  function say(text) {
    status.textContent = text;
  }

  function search(remember) {
    var query = input.value;
    var typed = words(query);
    var mine = ++generation;
    if (remember) {
      rememberQuery(query);
    }
    if (typed.length === 0) {
      list.textContent = "";
      more.hidden = true;
      say("");
      return Promise.resolve();
    }
    var typing = !/\s$/.test(query);
    var stemsWanted = Promise.all(typed.map(function (w, i) { return stemsOf(w, typing && i === typed.length - 1); }));
    return stemsWanted.then(function (all) {
      var groups = all.filter(function (g) { return g !== null; });
      var typingLast = typing && all[all.length - 1] !== null;
      var wanted = [Promise.all(groups.map(function (g) { return Promise.all(g.map(postings)); }))];
      if (filters.topik.value) {
        wanted.push(filterDocs("@t:" + filters.topik.value));
      }
      if (filters.sumber.value) {
        wanted.push(filterDocs("@s:" + filters.sumber.value));
      }
      return Promise.all(wanted).then(function (loaded) {
        var results = rank(loaded[0], typingLast);
        loaded.slice(1).forEach(function (docs) {
          results = results.filter(function (r) { return docs.has(r.doc); });
        });
        if (filters.tahun.value) {
          var year = Number(filters.tahun.value);
          results = results.filter(function (r) { return inYear(r.doc, year); });
        }
        if (mine !== generation) {
          return null;
        }
        current = {
          results: results,
          shown: 0,
          stems: [].concat.apply([], groups),
          prefix: typing ? typed[typed.length - 1] : null
        };
        list.textContent = "";
        if (results.length === 0) {
          say("Tidak ada hasil untuk \u201c" + query.trim() + "\u201d.");
          more.hidden = true;
          return null;
        }
        say(number.format(results.length) + " hasil untuk \u201c" + query.trim() + "\u201d.");
        return showMore(mine);
      });
    }).catch(function () {
      if (mine === generation) {
        say("Indeks pencarian tidak dapat dimuat.");
      }
    });
  }

  function showMore(mine) {
    var page = current.results.slice(current.shown, current.shown + PAGE_SIZE);
    current.shown += page.length;
    return Promise.all(page.map(function (r) { return card(r.doc); })).then(function (cards) {
      if (mine !== generation) {
        return;
      }
      cards.forEach(function (c) { list.appendChild(result(c)); });
      more.hidden = current.shown >= current.results.length;
    });
  }

  function result(c) {
    var item = document.createElement("li");
    item.className = "search-result";
    var heading = document.createElement("h3");
    var link = document.createElement("a");
    link.href = "../" + c[0];
    link.textContent = c[1];
    heading.appendChild(link);
    item.appendChild(heading);
    var meta = document.createElement("p");
    meta.className = "search-meta";
    if (c[2]) {
      var time = document.createElement("time");
      time.dateTime = c[2];
      time.textContent = c[3];
      meta.appendChild(time);
    }
    if (c[4]) {
      meta.appendChild(document.createTextNode((c[2] ? " \u00b7 " : "") + c[4]));
    }
    if (meta.childNodes.length) {
      item.appendChild(meta);
    }
    if (c[7]) {
      var excerpt = document.createElement("p");
      excerpt.className = "search-excerpt";
      marked(excerpt, c[7]);
      item.appendChild(excerpt);
    }
    return item;
  }

  /* The excerpt as text nodes, each word of the query's stems (or starting with the word being typed) in <mark>. */
  function marked(into, text) {
    var at = 0;
    var match;
    WORD.lastIndex = 0;
    while ((match = WORD.exec(text)) !== null) {
      var lower = match[0].toLowerCase();
      var hit = current.stems.indexOf(stem(lower)) >= 0
        || (current.prefix && current.prefix.length >= 3 && lower.lastIndexOf(current.prefix, 0) === 0);
      if (hit) {
        into.appendChild(document.createTextNode(text.slice(at, match.index)));
        var mark = document.createElement("mark");
        mark.textContent = match[0];
        into.appendChild(mark);
        at = match.index + match[0].length;
      }
    }
    into.appendChild(document.createTextNode(text.slice(at)));
  }

  function rememberQuery(query) {
    var params = new URLSearchParams();
    if (query.trim()) {
      params.set("q", query.trim());
    }
    Object.keys(filters).forEach(function (name) {
      if (filters[name].value) {
        params.set(name, filters[name].value);
      }
    });
    try {
      history.replaceState(null, "", "?" + params.toString());
    } catch (e) {
      /* some browsers refuse to change a file:// address; the search works all the same */
    }
  }

  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { search(false); }, 60);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(timer);
    search(true);
  });
  more.addEventListener("click", function () { showMore(generation); });

  var params = new URLSearchParams(location.search);
  input.value = params.get("q") || "";
  part("manifest", "", "manifest.js").then(function (data) {
    manifest = data;
    data.formShards.forEach(function (k) { formKeys[k] = true; });
    fillFilters(params);
    if (input.value) {
      search(false);
    }
  }, function () {
    say("Indeks pencarian tidak dapat dimuat.");
  });
}());
