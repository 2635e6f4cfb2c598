{
  pos = __curPos;
  other = [ __curPos ];
}
