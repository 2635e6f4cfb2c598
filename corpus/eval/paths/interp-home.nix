let s = "f"; in ~/${s}
