let n = "x"; in throw "value ${n} invalid"
