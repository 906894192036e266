WartaSearch.load("forms","o",{"oleh":0,"olehnya":0,"omzet":["",1]});
