WartaSearch.load("forms","h",{"hal":0,"hampir":0,"hanya":0,"hanyalah":0,"harus":0,"haruslah":0,"harusnya":0,"hendak":0,"hendaklah":0,"hendaknya":0,"hingga":0,"hujan":["",1]});
