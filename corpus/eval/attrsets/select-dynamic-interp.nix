let k = "x"; in { x1 = 2; }."${k}1"
