WartaSearch.load("forms","i",{"ia":0,"ialah":0,"ibarat":0,"indonesia":["",1],"ingin":0,"inginkah":0,"inginkan":0,"ini":0,"inikah":0,"inilah":0,"itu":0,"itukah":0,"itulah":0});
