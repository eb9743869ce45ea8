	.file	"lower_bound.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.globl	lower_bound
	.type	lower_bound, @function
lower_bound:
	mv	a6,a0
	li	a0,0
.L3:
	ble	a1,a0,.L6
	subw	a4,a1,a0
	srliw	a5,a4,31
	addw	a5,a5,a4
	sraiw	a5,a5,1
	addw	a5,a5,a0
	sext.w	a3,a5
	slli	a4,a3,2
	add	a4,a6,a4
	lw	a4,0(a4)
	blt	a4,a2,.L7
	mv	a1,a3
	j	.L3
.L7:
	addiw	a0,a5,1
	j	.L3
.L6:
	ret
	.size	lower_bound, .-lower_bound
	.section	.note.GNU-stack,"",@progbits
