let sum = n: acc: if n == 0 then acc else sum (n - 1) (acc + n); in sum 10000 0
