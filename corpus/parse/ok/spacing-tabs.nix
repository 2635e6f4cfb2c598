let
	x	=	1;
	y	=	{
		z	=	2;
	};
in
	x	+	y.z
