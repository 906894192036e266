WartaSearch.load("forms","g",{"geofisika":["",1]});
