	.file	"gcd_pairs.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.globl	gcd_pairs
	.type	gcd_pairs, @function
gcd_pairs:
	li	a5,1
	ble	a1,a5,.L6
	mv	a2,a0
	addiw	a1,a1,-2
	slli	a5,a1,32
	srli	a1,a5,30
	addi	a0,a0,4
	add	a1,a1,a0
	li	a0,0
.L5:
	lw	a3,0(a2)
	lw	a5,4(a2)
	beq	a5,zero,.L7
.L4:
	sext.w	a4,a5
	remuw	a5,a3,a5
	sext.w	a3,a4
	bne	a5,zero,.L4
.L3:
	slli	a4,a4,32
	srli	a4,a4,32
	add	a0,a0,a4
	addi	a2,a2,4
	bne	a2,a1,.L5
	ret
.L7:
	mv	a4,a3
	j	.L3
.L6:
	li	a0,0
	ret
	.size	gcd_pairs, .-gcd_pairs
	.section	.note.GNU-stack,"",@progbits
