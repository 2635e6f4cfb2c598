(rec { a = throw "no"; b = c + 1; c = 1; }).b
