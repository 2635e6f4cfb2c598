true || false -> false && true
