let x = throw "x"; in [ x ] == [ x ]
