let s = "p"; in /root/${s}
