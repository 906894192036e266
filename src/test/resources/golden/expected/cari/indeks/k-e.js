WartaSearch.load("forms","e",{"enggak":0,"enggaknya":0,"entah":0,"entahlah":0});
