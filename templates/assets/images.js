// Pictures that fail to load (an outlet's server gone, a hotlink refused) are taken away rather than left as empty
// boxes: a teaser falls back to its text-only layout, an article to no lead picture. Nothing is written into the page;
// elements are only removed. Without JavaScript a broken picture shows its alt text.
(function () {
  function drop(img) {
    var teaser = img.closest ? img.closest('.teaser') : null;
    if (teaser) {
      teaser.classList.remove('has-image');
    }
    var figure = img.closest ? img.closest('figure.lead-image') : null;
    (figure || img).remove();
  }
  function broken(img) {
    return img.complete && img.naturalWidth === 0 && img.getAttribute('src');
  }
  // Errors do not bubble, so listen in the capture phase; pictures that failed before this ran are checked once.
  document.addEventListener('error', function (event) {
    if (event.target && event.target.tagName === 'IMG') {
      drop(event.target);
    }
  }, true);
  document.querySelectorAll('.teaser-image, .lead-image img').forEach(function (img) {
    if (broken(img)) {
      drop(img);
    }
  });
})();
