	.file	"fib.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.globl	fib
	.type	fib, @function
fib:
	addi	sp,sp,-32
	sd	ra,24(sp)
	sd	s0,16(sp)
	sd	s1,8(sp)
	mv	s0,a0
	li	a5,1
	bgt	a0,a5,.L2
.L1:
	ld	ra,24(sp)
	ld	s0,16(sp)
	ld	s1,8(sp)
	addi	sp,sp,32
	jr	ra
.L2:
	addiw	a0,a0,-1
	call	fib
	mv	s1,a0
	addiw	a0,s0,-2
	call	fib
	add	a0,s1,a0
	j	.L1
	.size	fib, .-fib
	.section	.note.GNU-stack,"",@progbits
