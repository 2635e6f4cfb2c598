(rec { f = n: if n == 0 then "done" else g (n - 1); g = n: f n; }).f 5
