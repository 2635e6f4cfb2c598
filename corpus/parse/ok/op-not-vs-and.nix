!true && false
