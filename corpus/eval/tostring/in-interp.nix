"v=${toString 3}"
