let s = ".."; in ./x/${s}/y
