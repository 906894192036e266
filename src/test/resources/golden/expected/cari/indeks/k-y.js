WartaSearch.load("forms","y",{"yaitu":0,"yakni":0,"yang":0,"yogyakarta":["",1]});
