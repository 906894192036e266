WartaSearch.load("forms","c",{"cuaca":["",1],"cuma":0});
