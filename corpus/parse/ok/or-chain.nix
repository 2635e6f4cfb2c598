let x = 1; in x.y or x.z or 3
