# comment
/* block
 comment */
{
  a = ''
    x
  '';
}
