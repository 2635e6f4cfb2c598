[ 1 "two" 3.0 ./four { five = 5; } [ 6 ] null true false (x: x) ]
