(rec { a = b; b = a; }).b
