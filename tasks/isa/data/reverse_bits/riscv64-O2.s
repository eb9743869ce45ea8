	.file	"reverse_bits.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.globl	reverse_bits
	.type	reverse_bits, @function
reverse_bits:
	mv	a4,a0
	li	a3,32
	li	a0,0
.L2:
	slliw	a0,a0,1
	andi	a5,a4,1
	or	a5,a5,a0
	addiw	a3,a3,-1
	sext.w	a0,a5
	srliw	a4,a4,1
	bne	a3,zero,.L2
	ret
	.size	reverse_bits, .-reverse_bits
	.section	.note.GNU-stack,"",@progbits
