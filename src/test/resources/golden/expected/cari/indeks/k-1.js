WartaSearch.load("forms","1",{"1.200":["",1],"11":["",1]});
