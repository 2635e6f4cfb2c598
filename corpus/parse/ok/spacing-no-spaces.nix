let a={b=1;c=[1 2];};f=x:x;in if a.b==1then f a.c else[]
