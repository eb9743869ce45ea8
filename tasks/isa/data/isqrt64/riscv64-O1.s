	.file	"isqrt64.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.globl	isqrt64
	.type	isqrt64, @function
isqrt64:
	li	a5,-1
	srli	a5,a5,2
	bgtu	a0,a5,.L8
	li	a5,1
	slli	a5,a5,62
.L3:
	srli	a5,a5,2
	bltu	a0,a5,.L3
	beq	a5,zero,.L12
.L2:
	li	a4,0
	j	.L7
.L8:
	li	a5,1
	slli	a5,a5,62
	j	.L2
.L5:
	srli	a4,a4,1
.L6:
	srli	a5,a5,2
	beq	a5,zero,.L4
.L7:
	add	a3,a4,a5
	bgtu	a3,a0,.L5
	sub	a0,a0,a3
	srli	a4,a4,1
	add	a4,a4,a5
	j	.L6
.L12:
	mv	a4,a5
.L4:
	sext.w	a0,a4
	ret
	.size	isqrt64, .-isqrt64
	.section	.note.GNU-stack,"",@progbits
