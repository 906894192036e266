WartaSearch.load("forms","j",{"jangan":0,"jangankan":0,"janganlah":0,"januari":["januar",1],"jawa":["",1],"jika":0,"jikalau":0,"juga":0,"justru":0});
