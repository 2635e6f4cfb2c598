"a" + "b" + toString 3 + toString [ 1 2 ] + toString null
