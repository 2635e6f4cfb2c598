[ 1 /* two */ 3 # four
 5 ]
