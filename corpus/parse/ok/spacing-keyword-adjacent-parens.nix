let f=x:x;in(if(true)then(f 1)else(2))
