WartaSearch.load("forms","w",{"waduh":0,"wah":0,"wahai":0,"walau":0,"walaupun":0,"warga":["",1],"waspada":["",1],"wilayah":["",1],"wong":0});
