[ (x: x) x:x ]
