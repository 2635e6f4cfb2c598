rec { a = "x"; ${a} = 1; }.x
