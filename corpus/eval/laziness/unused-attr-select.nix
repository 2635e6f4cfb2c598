{ a = throw "no"; b = 7; }.b
