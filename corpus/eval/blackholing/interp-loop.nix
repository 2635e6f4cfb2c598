let s = "${s}x"; in s
