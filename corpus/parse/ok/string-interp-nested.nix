let a = "A"; b = "B"; in "x${"y${a}z${"w${b}"}"}v"
