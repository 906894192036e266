WartaSearch.load("forms","r",{"ramai":["rama",1],"rendam":["",1],"resmi":["",1],"ribuan":["ribu",1],"rumah":["",1],"rupanya":0});
