WartaSearch.load("forms","l",{"lagi":0,"lagian":0,"lah":0,"lain":0,"lainnya":0,"lalu":0,"lama":0,"laman":["",1],"lamanya":0,"lebat":["",1],"lebih":0,"lipat":["",1],"longsor":["",1]});
