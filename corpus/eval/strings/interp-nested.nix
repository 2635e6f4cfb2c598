let a = "x"; b = "y${a}z"; in "<${b}${b}>"
