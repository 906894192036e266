WartaSearch.load("forms","n",{"nah":0,"naik":["",1],"namun":0,"nanti":0,"nantinya":0,"nasional":["",1],"nyaris":0});
