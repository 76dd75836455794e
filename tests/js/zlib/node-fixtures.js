// Decompresses data that node (zlib 1.3.1 and brotli) compressed, and a
// hand-made gzip member with every optional header field.
'use strict';
const zlib = require('zlib');

let text = '';
for (let i = 0; i < 80; i++) text += `Line ${i}: the quick brown fox jumps over the lazy dog ${i * 37 % 101}\n`;
const dict = Buffer.from('the quick brown fox jumps over the lazy dog');

const fixtures = {
  gzip:
    'H4sIAAAAAAAAA5XV2U3DQBhF4fdUMSVk9hlqSBMsBsISQyBs1SPIvQWcZ+uXPsnHvrv9YQnbi/B+v4TX0/76MVwd189DuF2/wsPp+eUtrB/L8f/x0+XPd7hZ78J2s/u7iuwq9/NZYme9nM8yO4tCFnZWhKzsbAjZ2FkSsrOzKuRgZ1PICd+bXzespEkZaSc6g50UM2Eo3UxYSrQTplLthK0MO2EsyU5YS7MT5jL9mcNcspwJ5tLlTLCXpjOYSzET5jLMhLlEO2Eu1U6Yy7QT5pLshLk0OTPMJW4FzfT3ImimO2QoDGbqjA6RmXSJzIS9RDvpFtlJx8hO2EuSs9A1krPAXJLOYC3ZTLpGZtI1shPmUuyka2QnXSM7YS7VTrpGcla6RnJWmEuTs8Jeqs7oGpkJc+lm0jWyk66RnTCXYSddIzvpGsnZYC5TzkbHSM5Gx8hO2MvQGR0jM+kYmUnHyE46RnbSMbKTjpGcnY6RnB3mEnVGx8hMOkZm0jGyk46RnXSM7KRjZCcdIzvpGNXNL5Bl0bNvEQAA',
  gzip9:
    'H4sIAAAAAAACA5XV2U3DQBhF4fdUMSVk9hlqSBMsBsISQyBs1SPIvQWcZ+uXPsnHvrv9YQnbi/B+v4TX0/76MVwd189DuF2/wsPp+eUtrB/L8f/x0+XPd7hZ78J2s/u7iuwq9/NZYme9nM8yO4tCFnZWhKzsbAjZ2FkSsrOzKuRgZ1PICd+bXzespEkZaSc6g50UM2Eo3UxYSrQTplLthK0MO2EsyU5YS7MT5jL9mcNcspwJ5tLlTLCXpjOYSzET5jLMhLlEO2Eu1U6Yy7QT5pLshLk0OfOW/t8FzfT3ImimO2QoDGbqjA6RmXSJzIS9RDvpFtlJx8hO2EuSs9A1krPAXJLOYC3ZTLpGZtI1shPmUuyka2QnXSM7YS7VTrpGcla6RnJWmEuTs8Jeqs7oGpkJc+lm0jWyk66RnTCXYSddIzvpGsnZYC5TzkbHSM5Gx8hO2MvQGR0jM+kYmUnHyE46RnbSMbKTjpGcnY6RnB3mEnVGx8hMOkZm0jGyk46RnXSM7KRjZCcdIzvpGNXNL5Bl0bNvEQAA',
  deflate:
    'eAGV1VlOAzEQRdH/rMJLiF0uD6whm2AIEIY0BMK0egRdbwH3u/WkK9WRe3c47tP2Ir3f79Pr+XD9mK5Oy+cx3S5f6eH8/PKWlo/96f/z0+XPd7pZ7tJ2s/tbZbayvs4Km/W6zozNckRWNqsR6Ww2IrKxWYnIzmYekYPNZkRONjOdGyppUZmpk9AFnVRlQihdmVBKtuiEVFyd0MpQJ8RS1Am1NHVCLjM6C+Ri0Vkglx6dBXpp8RpBLlWZkMtQJuSS1Qm5uDohl6lOyKWoE3Jp0WmQS95GqEEvFqEGvXSFQjAzfl/QS1Um9DKUCb1kdUIvrk7oZaoTeinRWaGXFp0Vcinr+SrUYsqEWroyIZesTsilqhNyGeqEXIo6IRdXJ+Qyo9MhF4tOh1xadDr04iszh1yqMiGXrkzIJasTcnF1Qi5DnZBLUSfk0qKzQS4zOhvkYtHZIJeuTuhlrMwa5FKVCbkMZUIuWZ2Qi6sTcpnqhFxKdHbIpUVnh1zyer4OtZgyoZauTMglqxNyqeqEXIY6IZeiTsjF1Qm5TN/8AsAi6fk=',
  raw:
    'BcHZgYQgEEDBf6N4IezcM8RAEh6t4EErglf0W2V9EP4MyQlL9vVAFXUPtHrQ52le0U0iyQljeZ002vFXWB+EmyE5Ycm+Hqii7oFWD/o8zSu6SSQ5YSyvk0Y7Hp/C+iDcDckJS/b1QBV1D7R60OdpXtFNIskJY3mdNNrxeRbWB+FhSE5Ysq8Hqqh7oNWDPk/zim4SSU4Yy+uk0Y7bX2F9EJ6G5IQl+3qgiroHWj3o8zSv6CaR5ISxvE4a7Xh+CuuD8DIkJyzZ1wNV1D3Q6kGfp3lFN4kkJ4zlddJox/dZWB+EtyE5Ycm+Hqii7oFWD/o8zSu6SSQ5YSyvk0Y77n+F9UH4GJITluzrgSrqHmj1oM/TvKKbRJITxvI6abTj9SmsD8LXkJywZF8PVFH3QKsHfZ7mFd0kkpwwltdJox2/Z2F9EH6G5IQl+3qgiroHWj3o8zSv6CaR5ISxvE4a7Xj8FdYH4fZnSE5Ysq8Hqqh7oNWDPk/zim4SSU4Yy+uk0Y73p7A+CLebITlhyb4eqKLugVYP+jzNK7pJJDlhLK+TRjsehfVBuN0NyQlL9vVAFXUPtHrQ52le0U0iyQljeZ002vH8K6wPwu1hSE5Ysq8Hqqh7oNWDPk/zim4SSU4Yy+uk0Y7Pp7A+CLenITlhyb4eqKLugVYP+jzNK7pJJDlhLK+TRjtuj8L6INxehuSEJft6oIq6B1o96PM0r+gmkeSEsbxOGu14/RXWB+H2NiQnLNnXA1XUPdDqQZ+neUU3iSQnjOV10mjH91NYH4Tbx5CcsGRfD1RR90CrB32e5hXdJJKcMJbXSaMd90dhfRBuX0NywpJ9PVBF3QOtHvR5mld0k0hywlheJ412vP8K64Nw+xmSE5bs64Eq6h5o9aDP07yim0SSE8byOmm04/cprA/C/c+QnLBkXw9UUfdAqwd9nuYV3SSSnDCW10mjHY9HYX0Q7jdDcsKSfT1QRd0DrR70eZpXdJNIcsJYXieNdnz+CuuDcL8bkhOW7OuBKuoeaPWgz9O8optEkhPG8jpptONdWB+E+8OQnLBkXw9UUfdAqwd9nuYV3SSSnDCW10mjHc9HYX0Q7k9DcsKSfT1QRd0DrR70eZpXdJNIcsJYXieNdnz/CuuDcH8ZkhOW7OuBKuoeaPWgz9O8optEkhPG8jpptOP2LqwPwv1tSE5Ysq8Hqqh7oNWDPk/zim4SSU4Yy+uk0Y7Xo7A+CPePITlhyb4eqKLugVYP+jzNK7pJJDlhLK+TRjt+f4X1Qbh/DckJS/b1QBV1D7R60OdpXtFNIskJY3mdNNpxfxfWB+H+MyQnLNnXA1XUPdDqQZ+neUU3iSQnjOV10mjH+1FYH4THnyE5Ycm+Hqii7oFWD/o8zSu6SSQ5YSyvk0Y7bn9/hfVBeNwMyQlL9vVAFXUPtHrQ52le0U0iyQljeZ002vF4F9YH4XE3JCcs2dcDVdQ90OpBn6d5RTeJJCeM5XXSaMfnUVgfhMfDkJywZF8PVFH3QKsHfZ7mFd0kkpwwltdJox2/wvogPJ6G5IQl+3qgiroHWj3o8zSv6CaR5ISxvE4a7Xi+C+uD8HgZkhOW7OuBKuoeaPWgz9O8optEkhPG8jpptOP7KKwPwuNtSE5Ysq8Hqqh7oNWDPk/zim4SSU4Yy+uk0Y7br7A+CI+PITlhyb4eqKLugVYP+jzNK7pJJDlhLK+TRjte78L6IDy+huSEJft6oIq6B1o96PM0r+gmkeSEsbxOGu34PQrrg/D4GZITluzrgSrqHmj1oM/TvKKbRJITxvI6abTj/iusD8Lzz5CcsGRfD1RR90CrB32e5hXdJJKcMJbXSaMd73dhfRCeN0NywpJ9PVBF3QOtHvR5mld0k0hywlheJ4123Avrg/C8G5ITluzrgSrqHmj1oM/TvKKbRJITxvI6abTj8SusD8LzYUhOWLKvB6qoe6DVgz5P84puEklOGMvrpNGOz7uwPgjPpyE5Ycm+Hqii7oFWD/o8zSu6SSQ5YSyvk0Y7bvfC+iA8X4bkhCX7eqCKugdaPejzNK/oJpHkhLG8ThrteP4K64PwfBuSE5bs64Eq6h5o9aDP07yim0SSE8byOmm04/surA/C82NITliyrweqqHug1YM+T/OKbhJJThjL66TRjvu9sD4Iz68hOWHJvh6oou6BVg/6PM0rukkkOWEsr5NGO16/wvogPH+G5IQl+3qgiroHWj3o8zSv6CaR5ISxvE4a7fi9C+uD8PozJCcs2dcDVdQ90OpBn6d5RTeJJCeM5XXSaMfjXlgfhNfNkJywZF8PVFH3QKsHfZ7mFd0kkpwwltdJox3vX2F9EF53Q3LCkn09UEXdA60e9HmaV3STSHLCWF4njXa8CuuD8HoYkhOW7OuBKuoeaPWgz9O8optEkhPG8jpptON5L6wPwutpSE5Ysq8Hqqh7oNWDPk/zim4SSU4Yy+uk0Y7Pr7A+CK+XITlhyb4eqKLugVYP+jzNK7pJJDlhLK+TRjtur8L6ILzehuSEJft6oIq6B1o96PM0r+gmkeSEsbxOGu143Qvrg/D6GJITluzrgSrqHmj1oM/TvKKbRJITxvI6abTj+yusD8Lra0hOWLKvB6qoe6DVgz5P84puEklOGMvrpNGO+6uwPgivnyE5Ycm+Hqii7oFWD/o8zSu6SSQ5YSyvk0Y73vfC+iC8/wzJCUv29UAVdQ+0etDnaV7RTSLJCWN5nTTa8fsV1gfhfTMkJyzZ1wNV1D3Q6kGfp3lFN4kkJ4zlddJox+NVWB+E992QnLBkXw9UUfdAqwd9nuYV3SSSnDCW10mjHZ97YX0Q3g9DcsKSfT1QRd0DrR70eZpXdJNIcsJYXieNdnwL64PwfhqSE5bs64Eq6h5o9aDP07yim0SSE8byOmm04/kqrA/C+2VITliyrweqqHug1YM+T/OKbhJJThjL66TRju+9sD4I77chOWHJvh6oou6BVg/6PM0rukkkOWEsr5NGO27fwvogvD+G5IQl+3qgiroHWj3o8zSv6CaR5ISxvE4a7Xi9CuuD8P4akhOW7OuBKuoeaPWgz9O8optEkhPG8jpptON3L6wPwvtnSE5Ysq8Hqqh7oNWDPk/zim4SSU4Yy+uk0Y77t7A+CJ8/Q3LCkn09UEXdA60e9HmaV3STSHLCWF4njXa8X4X1QfjcDMkJS/b1QBV1D7R60OdpXtFNIskJY3mdNNpxK6wPwuduSE5Ysq8Hqqh7oNWDPk/zim4SSU4Yy+uk0Y7Ht7A+CJ+HITlhyb4eqKLugVYP+jzNK7pJJDlhLK+TRjs+r8L6IHyehuSEJft6oIq6B1o96PM0r+gmkeSEsbxOGu243Qrrg/B5GZITluzrgSrqHmj1oM/TvKKbRJITxvI6abTj+S2sD8LnbUhOWLKvB6qoe6DVgz5P84puEklOGMvrpNGO76uwPgifjyE5Ycm+Hqii7oFWD/o8zSu6SSQ5YSyvk0Y77rfC+iB8vobkhCX7eqCKugdaPejzNK/oJpHkhLG8ThrteH0L64Pw+RmSE5bs64Eq6h5o9aDP07yim0SSE8byOmm04/cq/gE=',
  rle:
    'KBUFwdmBhCAQQMF/o3gh7NwzxEASHq3gQSuCV/RbZX0Q/gzJCUv29UAVdQ+0etDnaV7RTSLJCWN5nTTa8VdYH4SbITlhyb4eqKLugVYP+jzNK7pJJDlhLK+TRjsen8L6INwNyQlL9vVAFXUPtHrQ52le0U0iyQljeZ002vF5FtYH4WFITliyrweqqHug1YM+T/OKbhJJThjL66TRjttfYX0QnobkhCX7eqCKugdaPejzNK/oJpHkhLG8ThrteH4K64PwMiQnLNnXA1XUPdDqQZ+neUU3iSQnjOV10mjH91lYH4S3ITlhyb4eqKLugVYP+jzNK7pJJDlhLK+TRjvuf4X1QfgYkhOW7OuBKuoeaPWgz9O8optEkhPG8jpptOP1KawPwteQnLBkXw9UUfdAqwd9nuYV3SSSnDCW10mjHb9nYX0QfobkhCX7eqCKugdaPejzNK/oJpHkhLG8ThrtePwV1gfh9mdITliyrweqqHug1YM+T/OKbhJJThjL66TRjvensD4It5shOWHJvh6oou6BVg/6PM0rukkkOWEsr5NGOx6F9UG43Q3JCUv29UAVdQ+0etDnaV7RTSLJCWN5nTTa8fwrrA/C7WFITliyrweqqHug1YM+T/OKbhJJThjL66TRjs+nsD4It6chOWHJvh6oou6BVg/6PM0rukkkOWEsr5NGO26Pwvog3F6G5IQl+3qgiroHWj3o8zSv6CaR5ISxvE4a7Xj9FdYH4fY2JCcs2dcDVdQ90OpBn6d5RTeJJCeM5XXSaMf3U1gfhNvHkJywZF8PVFH3QKsHfZ7mFd0kkpwwltdJox33R2F9EG5fQ3LCkn09UEXdA60e9HmaV3STSHLCWF4njXa8/wrrg3D7GZITluzrgSrqHmj1oM/TvKKbRJITxvI6abTj9ymsD8L9z5CcsGRfD1RR90CrB32e5hXdJJKcMJbXSaMdj0dhfRDuN0NywpJ9PVBF3QOtHvR5mld0k0hywlheJ412fP4K64NwvxuSE5bs64Eq6h5o9aDP07yim0SSE8byOmm0411YH4T7w5CcsGRfD1RR90CrB32e5hXdJJKcMJbXSaMdz0dhfRDuT0NywpJ9PVBF3QOtHvR5mld0k0hywlheJ412fP8K64NwfxmSE5bs64Eq6h5o9aDP07yim0SSE8byOmm04/YurA/C/W1ITliyrweqqHug1YM+T/OKbhJJThjL66TRjtejsD4I948hOWHJvh6oou6BVg/6PM0rukkkOWEsr5NGO35/hfVBuH8NyQlL9vVAFXUPtHrQ52le0U0iyQljeZ002nF/F9YH4f4zJCcs2dcDVdQ90OpBn6d5RTeJJCeM5XXSaMf7UVgfhMefITlhyb4eqKLugVYP+jzNK7pJJDlhLK+TRjtuf3+F9UF43AzJCUv29UAVdQ+0etDnaV7RTSLJCWN5nTTa8XgX1gfhcTckJyzZ1wNV1D3Q6kGfp3lFN4kkJ4zlddJox+dRWB+Ex8OQnLBkXw9UUfdAqwd9nuYV3SSSnDCW10mjHb/C+iA8nobkhCX7eqCKugdaPejzNK/oJpHkhLG8ThrteL4L64PweBmSE5bs64Eq6h5o9aDP07yim0SSE8byOmm04/sorA/C421ITliyrweqqHug1YM+T/OKbhJJThjL66TRjtuvsD4Ij48hOWHJvh6oou6BVg/6PM0rukkkOWEsr5NGO17vwvogPL6G5IQl+3qgiroHWj3o8zSv6CaR5ISxvE4a7fg9CuuD8PgZkhOW7OuBKuoeaPWgz9O8optEkhPG8jpptOP+K6wPwvPPkJywZF8PVFH3QKsHfZ7mFd0kkpwwltdJox3vd2F9EJ43Q3LCkn09UEXdA60e9HmaV3STSHLCWF4njXbcC+uD8LwbkhOW7OuBKuoeaPWgz9O8optEkhPG8jpptOPxK6wPwvNhSE5Ysq8Hqqh7oNWDPk/zim4SSU4Yy+uk0Y7Pu7A+CM+nITlhyb4eqKLugVYP+jzNK7pJJDlhLK+TRjtu98L6IDxfhuSEJft6oIq6B1o96PM0r+gmkeSEsbxOGu14/grrg/B8G5ITluzrgSrqHmj1oM/TvKKbRJITxvI6abTj+y6sD8LzY0hOWLKvB6qoe6DVgz5P84puEklOGMvrpNGO+72wPgjPryE5Ycm+Hqii7oFWD/o8zSu6SSQ5YSyvk0Y7Xr/C+iA8f4bkhCX7eqCKugdaPejzNK/oJpHkhLG8Thrt+L0L64Pw+jMkJyzZ1wNV1D3Q6kGfp3lFN4kkJ4zlddJox+NeWB+E182QnLBkXw9UUfdAqwd9nuYV3SSSnDCW10mjHe9fYX0QXndDcsKSfT1QRd0DrR70eZpXdJNIcsJYXieNdrwK64PwehiSE5bs64Eq6h5o9aDP07yim0SSE8byOmm043kvrA/C62lITliyrweqqHug1YM+T/OKbhJJThjL66TRjs+vsD4Ir5chOWHJvh6oou6BVg/6PM0rukkkOWEsr5NGO26vwvogvN6G5IQl+3qgiroHWj3o8zSv6CaR5ISxvE4a7XjdC+uD8PoYkhOW7OuBKuoeaPWgz9O8optEkhPG8jpptOP7K6wPwutrSE5Ysq8Hqqh7oNWDPk/zim4SSU4Yy+uk0Y77q7A+CK+fITlhyb4eqKLugVYP+jzNK7pJJDlhLK+TRjve98L6ILz/DMkJS/b1QBV1D7R60OdpXtFNIskJY3mdNNrx+xXWB+F9MyQnLNnXA1XUPdDqQZ+neUU3iSQnjOV10mjH41VYH4T33ZCcsGRfD1RR90CrB32e5hXdJJKcMJbXSaMdn3thfRDeD0NywpJ9PVBF3QOtHvR5mld0k0hywlheJ412fAvrg/B+GpITluzrgSrqHmj1oM/TvKKbRJITxvI6abTj+SqsD8L7ZUhOWLKvB6qoe6DVgz5P84puEklOGMvrpNGO772wPgjvtyE5Ycm+Hqii7oFWD/o8zSu6SSQ5YSyvk0Y7bt/C+iC8P4bkhCX7eqCKugdaPejzNK/oJpHkhLG8ThrteL0K64Pw/hqSE5bs64Eq6h5o9aDP07yim0SSE8byOmm043cvrA/C+2dITliyrweqqHug1YM+T/OKbhJJThjL66TRjvu3sD4Inz9DcsKSfT1QRd0DrR70eZpXdJNIcsJYXieNdrxfhfVB+NwMyQlL9vVAFXUPtHrQ52le0U0iyQljeZ002nErrA/C525ITliyrweqqHug1YM+T/OKbhJJThjL66TRjse3sD4In4chOWHJvh6oou6BVg/6PM0rukkkOWEsr5NGOz6vwvogfJ6G5IQl+3qgiroHWj3o8zSv6CaR5ISxvE4a7bjdCuuD8HkZkhOW7OuBKuoeaPWgz9O8optEkhPG8jpptOP5LawPwudtSE5Ysq8Hqqh7oNWDPk/zim4SSU4Yy+uk0Y7vq7A+CJ+PITlhyb4eqKLugVYP+jzNK7pJJDlhLK+TRjvut8L6IHy+huSEJft6oIq6B1o96PM0r+gmkeSEsbxOGu14fQvrg/D5GZITluzrgSrqHmj1oM/TvKKbRJITxvI6abTj9yr+AcAi6fk=',
  dict:
    'eLthPA/6ldW7bcNAFAXRXFWoBO5/1zWoDQVK3H9ogLqTe1ICDzgAh7yvz+/7ef3cz/558rwe91VxV219z6o7W/171txZCbK7sx7kcGc7yOnOapDLnY0gtzs7QR753njdspIZZbGd5Ex20mHKUBZMWUrBKVMZOGUrG6eMpeKUtUycMpfDZy5zaXFWmcuKs8peZs5kLh2mzGXDlLkUnDKXgVPmcnDKXCpOmcuMs8lcyhVos7+XQJvdIaAymJMzO0Qw7RLBlL0UnHaLcNoxwil7qXF2u0ZxdplLzZmspcG0awTTrhFOmUvHadcIp10jnDKXgdOuUZzDrlGcQ+Yy4xyyl5Ezu0YwZS4Lpl0jnHaNcMpcNk67RjjtGsU5ZS4nzmnHKM5pxwin7GXnzI4RTDtGMO0Y4bRjhNOOEU47RnEuO0ZxLplLyZkdI5h2jGDaMcJpxwinHSOcdoxw2jHCacdoPP4AwCLp+Q==',
  rawdict:
    'ldW7bcNAFAXRXFWoBO5/1zWoDQVK3H9ogLqTe1ICDzgAh7yvz+/7ef3cz/558rwe91VxV219z6o7W/171txZCbK7sx7kcGc7yOnOapDLnY0gtzs7QR753njdspIZZbGd5Ex20mHKUBZMWUrBKVMZOGUrG6eMpeKUtUycMpfDZy5zaXFWmcuKs8peZs5kLh2mzGXDlLkUnDKXgVPmcnDKXCpOmcuMs8lcyhVos7+XQJvdIaAymJMzO0Qw7RLBlL0UnHaLcNoxwil7qXF2u0ZxdplLzZmspcG0awTTrhFOmUvHadcIp10jnDKXgdOuUZzDrlGcQ+Yy4xyyl5Ezu0YwZS4Lpl0jnHaNcMpcNk67RjjtGsU5ZS4nzmnHKM5pxwin7GXnzI4RTDtGMO0Y4bRjhNOOEU47RnEuO0ZxLplLyZkdI5h2jGDaMcJpxwinHSOcdoxw2jHCacdoPP4A',
  br:
    'G24RIB2pU587nq1G67Z07Au27JhvZ3gFMgf99wd7oLN0U108CDWTvQtVkwca+Af8YG1jgyv9UJNi+uunwPN9p428vYq+fzvGp0Xu86r++sn7FMR5sRExlciZJ2pU0bMSM3hixxV3TuIN3z/OyyUV5xARqx2KpKJ2IhqLYcUCcYl4uSJeWMSkReAEkUgUK3oHMVgsJy4QLynyveelyAmLBBV5TlFINCtmR7FYXE68oKiXFDUHDRFLRVJRO4pGYlixQFwsXq7oFxY9SdE4RiQSRUXvIAaLZcUF4iXFvFwxExYDKvIsopBoVswOYrG4nHhBsS8pds40RCwVSU3dFY3EsGKBuPhP76GHPw==',
  br1:
    'C7cIAICqqqrq/26XkxyOxrIsfjj75bKZu5svpu7mbr4Rxt9Dtm/DHKbC4MdDivIRFrWlWYbSB8Ppf63HaaB+Ra/TQI9l3F1oO7fPRIf2pfNyuz+pvYeZfvnz23Xz/9G+HanvXv6F1T6Jpw+v9oXukdUg9OhqdMdWkzu+Gt6J1dhOrqZ2ajWyAyk9Xnpgpfjv5mClR1OzxCJSs9TyQfaAS4+1ZulFtmYJBrdmKYa3ZklGtR4m0yOth8n0ROthMz1+wofJ9GhqlmRkapZkoDVLMqw1SzKqNUsyuDVLMrz1CJnehz72iJkeiT1ipidis0SjrD1ipkdTszQjU7M0A61ZmmGtWZpRrVmawa1HzfR461EyPXzCR8X0SGqWYkRqlmSgNUsytDVLMrI1SzK4NUsyrDVLMqr1GJkeaT1Gpsdbj5npMWqPkenR1CzJiNQsyUBrlmRYa5ZkZGuWZHBrlmR463EyPdV6nEyPtB4n0xOtWZqR1B4n06OpWZKRqVmSgdYsybDWLMmo1izJ4NYTZHq89QSZHpzwCTE9kpqlGJGaJRlozZIMbc2SjGzNkgxuzZIMa82SzE9ZNw==',
  syncflush:
    'eJwqSCwqyUzMUUhJLEkEAAAA//8=',
};
const b = (name) => Buffer.from(fixtures[name], 'base64');

function show(label, fn) {
  try {
    const out = fn();
    console.log(label, out.length, out.toString() === text ? 'same text' : JSON.stringify(out.toString().slice(0, 40)));
  } catch (err) {
    console.log(label, 'error', err.code, err.errno, err.message);
  }
}

show('gunzip', () => zlib.gunzipSync(b('gzip')));
show('gunzip level 9', () => zlib.gunzipSync(b('gzip9')));
show('unzip gzip', () => zlib.unzipSync(b('gzip')));
show('inflate level 1', () => zlib.inflateSync(b('deflate')));
show('unzip deflate', () => zlib.unzipSync(b('deflate')));
show('inflateRaw huffman-only', () => zlib.inflateRawSync(b('raw')));
show('inflate rle windowBits 10', () => zlib.inflateSync(b('rle')));
show('inflate rle, windowBits 10 given', () => zlib.inflateSync(b('rle'), { windowBits: 10 }));
show('inflate rle, windowBits 15 given', () => zlib.inflateSync(b('rle'), { windowBits: 15 }));
show('inflate rle, windowBits 9 given', () => zlib.inflateSync(b('rle'), { windowBits: 9 }));
show('inflate dictionary', () => zlib.inflateSync(b('dict'), { dictionary: dict }));
show('inflate dictionary as ArrayBuffer', () => zlib.inflateSync(b('dict'), { dictionary: dict.buffer.slice(dict.byteOffset, dict.byteOffset + dict.length) }));
show('inflate dictionary missing', () => zlib.inflateSync(b('dict')));
show('inflate dictionary wrong', () => zlib.inflateSync(b('dict'), { dictionary: Buffer.from('nope') }));
show('inflateRaw dictionary', () => zlib.inflateRawSync(b('rawdict'), { dictionary: dict }));
show('brotli', () => zlib.brotliDecompressSync(b('br')));
show('brotli quality 1 text mode', () => zlib.brotliDecompressSync(b('br1')));
show('sync-flushed deflate, default finishFlush', () => zlib.inflateSync(b('syncflush')));
show('sync-flushed deflate, Z_SYNC_FLUSH', () => zlib.inflateSync(b('syncflush'), { finishFlush: zlib.constants.Z_SYNC_FLUSH }));
show('multi-member', () => zlib.gunzipSync(Buffer.concat([b('gzip'), b('gzip9')])));

// FTEXT-less member with FNAME and an mtime (as Python's gzip writes it).
const named = Buffer.from('H4sICADxU2UC/25vdGVzLnR4dADLS8xNTVHITc1NSi3iAgDn0vTtDQAAAA==', 'base64');
show('gzip with file name', () => zlib.gunzipSync(named));
// FHCRC, FEXTRA, FNAME and FCOMMENT all set.
const full = Buffer.from('H4sIHgAAAAAAAwYAQUICAGhpbmFtZS50eHQAYSBjb21tZW50ADTiy0hNTEktUkguSlZIzEtRSK0oKUpUSMtMzUnhAgCeS7nAGwAAAA==', 'base64');
show('gzip with every header field', () => zlib.gunzipSync(full));
show('unzip with every header field', () => zlib.unzipSync(full));
const badHcrc = Buffer.from(full);
badHcrc[37] ^= 1; // the header CRC-16 follows the 37 header bytes
show('gzip header crc broken', () => zlib.gunzipSync(badHcrc));
const badData = Buffer.from(full);
badData[badData.length - 8] ^= 1;
show('gzip data crc broken', () => zlib.gunzipSync(badData));

// crc32 of the text matches what node computed.
console.log('crc32', zlib.crc32(text), zlib.crc32(Buffer.from(text)));
