assert ; 1
