true && !false || false -> true
