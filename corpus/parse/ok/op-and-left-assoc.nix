true && true && false
