let f = i: "item ${toString i}: ${toString (i * i)}"; in map f [ 1 2 "x" ]
