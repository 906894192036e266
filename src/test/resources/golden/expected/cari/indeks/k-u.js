WartaSearch.load("forms","u",{"ujar":["",1]});
